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
	"политика конфиденциальности",
}

// tagPrefixes open tag and topic lists.
var tagPrefixes = []string{
	"tags", "tag", "tagged", "tagged with", "topics", "topic", "filed under", "categories",
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
	"comments are closed", "kommentare", "kommentar schreiben", "kommentieren", "diskussion",
	"leserkommentare", "komentar", "tulis komentar", "komentari", "comentarios",
	"deja un comentario", "deja tu comentario", "escribe un comentario", "commentaires",
	"laisser un commentaire", "réagir", "commenti", "lascia un commento", "comentários",
	"deixe um comentário", "reacties", "reageer", "komentarze", "dodaj komentarz",
	"комментарии", "оставить комментарий", "обсуждение", "yorumlar", "yorum yap",
	"kommentit", "kommentarer", "diskuse", "hozzászólások", "コメント", "评论", "評論",
	"留言", "댓글", "التعليقات", "أضف تعليق", "टिप्पणियाँ", "bình luận", "σχόλια",
)

// ruleFooter drops copyright and legal lines.
func ruleFooter(u *unit) (Reason, bool) {
	if u.f.runes > 300 {
		return "", false
	}
	if !containsAny(u.low, footerPhrases) {
		return "", false
	}
	// Article text may say "copyright" or "privacy policy" in a sentence.
	if !strings.Contains(u.low, "©") && u.f.words > 12 && u.f.sentEnd {
		return "", false
	}
	return DropFooter, true
}

// ruleTags drops tag and topic lists: "Tags: A, B, C", "Topics conceptEV".
func ruleTags(u *unit) (Reason, bool) {
	if u.f.runes > 300 || u.f.sentEnd && u.f.words > 8 {
		return "", false
	}
	if !hasAnyPrefix(u.label, tagPrefixes) {
		return "", false
	}
	// "Topic" opening a sentence is text; a list is a prefix then a colon,
	// or a short run of names.
	if strings.Contains(u.text, ":") || u.f.words <= 8 {
		return DropTags, true
	}
	return "", false
}

// ruleCommentsHeader drops the header of a comment section ("Comments",
// "12 Comments", "Leave a Reply"). The classifier also ends the article
// there.
func ruleCommentsHeader(u *unit) (Reason, bool) {
	if u.f.runes > 50 {
		return "", false
	}
	return DropComments, inSet(commentHeaders, u.label)
}
