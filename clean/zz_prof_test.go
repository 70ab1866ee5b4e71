package clean

import (
	"os"
	"testing"
)

func TestZZProf(t *testing.T) {
	p := os.Getenv("PROF_FILE")
	if p == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(p)
	doc, err := CleanBytes(data, Options{MaxSize: -1})
	if err != nil {
		t.Fatal(err)
	}
	_ = doc.Text()
}
