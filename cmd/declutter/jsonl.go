package main

import (
	"bytes"
	"encoding/json"
)

// jsonLine returns the document's JSON object doc with a leading "path"
// field, followed by a newline: one line of --jsonl output.
func jsonLine(path string, doc []byte) []byte {
	p, _ := json.Marshal(path) // a string always marshals
	doc = bytes.TrimSpace(doc)
	var b bytes.Buffer
	b.Grow(len(doc) + len(p) + 10)
	b.WriteString(`{"path":`)
	b.Write(p)
	if rest := bytes.TrimPrefix(doc, []byte("{")); !bytes.HasPrefix(rest, []byte("}")) {
		b.WriteByte(',')
		b.Write(rest)
	} else {
		b.Write(rest)
	}
	b.WriteByte('\n')
	return b.Bytes()
}

// errorLine returns the --jsonl record of an input that failed.
func errorLine(path string, err error) []byte {
	b, _ := json.Marshal(struct {
		Path  string `json:"path"`
		Error string `json:"error"`
	}{path, err.Error()})
	return append(b, '\n')
}
