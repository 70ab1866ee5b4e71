package clean

import "strings"

// footerPhrases mark copyright and legal lines.
var footerPhrases = []string{
	"©", "(c) 20", "(c) 19", "copyright", "all rights reserved", "alle rechte vorbehalten",
	"todos los derechos reservados", "tous droits réservés", "tutti i diritti riservati",
	"todos os direitos reservados", "alle rechten voorbehouden", "wszelkie prawa zastrzeżone",
	"все права защищены", "hak cipta", "tüm hakları saklıdır", "版权所有", "版權所有",
	"無断転載", "جميع الحقوق محفوظة", "powered by", "proudly powered", "terms of use",
	"terms of service", "terms and conditions", "privacy policy", "cookie policy",
	"datenschutzerklärung", "impressum", "nutzungsbedingungen", "aviso legal",
	"política de privacidad", "mentions légales", "politique de confidentialité",
	"kebijakan privasi", "syarat dan ketentuan", "пользовательское соглашение",
	"политика конфиденциальности", "polityka prywatności", "regulamin", "informativa sulla privacy",
	"privacybeleid", "gizlilik politikası", "プライバシーポリシー", "隐私政策", "سياسة الخصوصية",
}

// tagPrefixes open tag and topic lists.
var tagPrefixes = []string{
	"archivado en", "publicado en", "classé dans", "abgelegt unter", "archiviato in",
	"temas relacionados", "tags", "tag", "tagged", "tagged with", "topics", "topic", "filed under", "categories",
	"category", "keywords", "themen", "schlagwörter", "schlagworte", "stichwörter",
	"etiquetas", "temas", "tópicos", "étiquettes", "mots-clés", "mots clés", "sujets", "argomenti",
	"parole chiave", "topik", "kata kunci", "label", "теги", "тэги", "метки", "темы",
	"tagi", "tematy", "etiketler", "konular", "タグ", "標籤", "标签", "关键词", "الكلمات",
	"وسوم", "كلمات مفتاحية",
}

// commentHeaders open a comment section.
var commentHeaders = setOf(
	"comments", "comment", "leave a comment", "leave a reply", "post a comment", "add a comment",
	"write a comment", "join the discussion", "join the conversation", "show comments",
	"view comments", "load comments", "discussion", "responses", "reader comments",
	"comments are closed", "tell us what you think", "what do you think", "kommentare", "kommentar schreiben", "kommentieren", "diskussion",
	"leserkommentare", "komentar", "tulis komentar", "komentari", "comentarios", "tinggalkan balasan",
	"tinggalkan komentar", "satu tanggapan", "schreibe einen kommentar", "deja una respuesta",
	"lascia un commento", "laisser une réponse", "deixe uma resposta", "оставьте комментарий",
	"deja un comentario", "deja tu comentario", "escribe un comentario", "commentaires",
	"laisser un commentaire", "réagir", "commenti", "lascia un commento", "comentários",
	"deixe um comentário", "reacties", "reageer", "komentarze", "dodaj komentarz",
	"комментарии", "оставить комментарий", "обсуждение", "yorumlar", "yorum yap",
	"kommentit", "kommentarer", "diskuse", "hozzászólások", "コメント", "评论", "評論",
	"留言", "댓글", "التعليقات", "أضف تعليق", "टिप्पणियाँ", "bình luận", "σχόλια",
)

// rightsPhrases are the words of a copyright notice.
var rightsPhrases = []string{
	"all rights reserved", "alle rechte vorbehalten", "todos los derechos reservados",
	"tous droits réservés", "tutti i diritti riservati", "todos os direitos reservados",
	"alle rechten voorbehouden", "wszelkie prawa zastrzeżone", "все права защищены",
	"hak cipta dilindungi", "tüm hakları saklıdır", "版权所有", "版權所有", "無断転載",
	"جميع الحقوق محفوظة", "some rights reserved", "무단전재", "무단 전재", "재배포 금지",
	// A site's licence and liability notices.
	"licensed under a creative commons", "under a creative commons license", "unter einer creative commons",
	"creative commons-lizenz lizenziert", "bajo una licencia creative commons", "sous licence creative commons",
	"urheberrechtlich geschützt", "trotz sorgfältiger inhaltlicher kontrolle",
	"keine haftung für die inhalte externer links",
	"the information provided on this website", "the information contained on this website",
	"is not intended as a substitute for professional medical advice", "die informationen auf dieser website",
}

// ruleFooter drops copyright and legal lines. A "©" before a photographer's
// name in a caption is a credit, not a footer: a copyright line names a
// year, says the rights are reserved, or is short.
func ruleFooter(u *unit) (Reason, bool) {
	if u.f.runes > 300 {
		return "", false
	}
	if u.hits.has(plRights) {
		return DropFooter, true
	}
	for _, mark := range copyrightMarks {
		if !u.hits.has(plCopyright) {
			break
		}
		i := strings.Index(u.low, mark)
		if i < 0 {
			continue
		}
		// The year stands next to the mark: "© 2019 Foo", "Copyright 2005-2019".
		near := u.low[max(0, i-12):min(len(u.low), i+len(mark)+16)]
		if hasYear(near) || u.f.runes < 40 {
			return DropFooter, true
		}
		return "", false
	}
	if !u.hits.has(plFooter) {
		return "", false
	}
	// Article text may say "privacy policy" in a sentence.
	if u.f.words > 12 && u.f.sentEnd || u.f.runes > 150 {
		return "", false
	}
	return DropFooter, true
}

// copyrightMarks open a copyright notice.
var copyrightMarks = []string{"©", "copyright", "(c) "}

// hasYear reports whether text holds a year from 1900 to 2099.
func hasYear(text string) bool {
	alone, _, _ := yearFacts(text)
	return alone
}

// yearFacts reads the years (19xx or 20xx) in text: whether one stands
// alone, not inside a longer number; whether one is followed by "-", "/"
// or ".", as reISODate needs; and whether one is preceded by "." or "/",
// as reNumeric needs.
func yearFacts(text string) (alone, after, before bool) {
	for _, century := range [...]string{"19", "20"} {
		for i := 0; ; {
			j := strings.Index(text[i:], century)
			if j < 0 {
				break
			}
			j += i
			if j+4 <= len(text) && isDigit(text[j+2]) && isDigit(text[j+3]) {
				alone = alone || (j == 0 || !isDigit(text[j-1])) && (j+4 == len(text) || !isDigit(text[j+4]))
				after = after || j+4 < len(text) && strings.IndexByte("-/.", text[j+4]) >= 0
				before = before || j > 0 && (text[j-1] == '.' || text[j-1] == '/')
			}
			i = j + 1
		}
	}
	return alone, after, before
}

// isDigit reports whether b is an ASCII digit.
func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// ruleTags drops tag and topic lists: "Tags: A, B, C", "Topics conceptEV".
func ruleTags(u *unit) (Reason, bool) {
	if u.f.runes > 300 || u.f.sentEnd && u.f.words > 8 {
		return "", false
	}
	if !tagSet.match(u.label) {
		return "", false
	}
	// "Topic" opening a sentence is text; a list is a prefix then a colon,
	// or a short run of names.
	if strings.Contains(u.text, ":") || u.f.words <= 8 {
		return DropTags, true
	}
	return "", false
}

// commentCountPrefixes open a counted comment header once its number is
// stripped: "10 thoughts on “Title”", "3 Responses to …".
var commentCountPrefixes = newPrefixSet([]string{
	"thoughts on", "thought on", "responses to", "response to", "replies to", "reply to",
	"comments on", "comment on", "comments to", "kommentare zu", "kommentar zu", "gedanken zu",
	"antworten auf", "comentarios en", "comentarios a", "respuestas a", "réponses à",
	"commentaires sur", "risposte a", "commenti su", "komentar untuk", "tanggapan untuk",
	"комментариев к", "комментария к", "комментарий к", "ответов на",
})

// ruleCommentsHeader drops the header of a comment section ("Comments",
// "12 Comments", "Leave a Reply"). The classifier also ends the article
// there.
func ruleCommentsHeader(u *unit) (Reason, bool) {
	if u.f.digits > 0 && u.f.runes <= 200 && len(u.text) > 0 && isDigit(u.text[0]) && commentCountPrefixes.match(u.label) {
		return DropComments, true
	}
	if u.f.runes > 50 {
		return "", false
	}
	return DropComments, inSet(commentHeaders, u.label)
}

// commentAuthorSuffixes end the line that names a comment's author:
// "jdoe says:", "Max sagt:".
var commentAuthorSuffixes = []string{
	" says:", " said:", " sagt:", " schreibt:", " dice:", " dijo:", " dit :", " dit:", " disse:",
	" пишет:", " написал:", " berkata:", " menulis:", " schreef:", " napisał:", " yazdı:",
}

// ruleCommentAuthor drops the author lines of comments, which also tell
// that a comment section has begun.
func ruleCommentAuthor(u *unit) (Reason, bool) {
	if u.f.words > 16 || u.f.runes > 120 || !strings.HasSuffix(u.low, ":") {
		return "", false
	}
	for _, s := range commentAuthorSuffixes {
		if strings.HasSuffix(u.low, s) {
			return DropComments, true
		}
	}
	return "", false
}

// tagSet indexes tagPrefixes for look-ups.
var tagSet = newPrefixSet(tagPrefixes)
