package clean

import "fmt"

// cleanHTML extracts the article from an HTML page. (Placeholder: the HTML
// extractor replaces it.)
func cleanHTML(data []byte, opts Options) (*Document, error) {
	return nil, fmt.Errorf("HTML input is not supported yet")
}
