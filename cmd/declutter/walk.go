package main

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// input is one page to clean, found on the command line or by walking a
// folder.
type input struct {
	path     string // as shown to the user and opened; "-" is standard input
	rel      string // slash path under its argument folder, or the base name of a file argument; for -o
	explicit bool   // named on the command line
	out      string // with -o, the file to write
	err      error  // set when the input could not even be listed
}

// walker lists the inputs named by the arguments.
type walker struct {
	include []string // globs taking files; empty means defaultExts
	exclude []string // globs leaving out files and folders
	hidden  bool     // walk hidden entries
	follow  bool     // follow symbolic links
	skip    os.FileInfo
}

// defaultExts are the file extensions taken from folders when no
// --include is given.
var defaultExts = []string{".txt", ".html", ".htm"}

// taking describes which files the walker takes from folders, for
// messages.
func (w *walker) taking() string {
	var take []string
	if len(w.include) == 0 {
		for _, e := range defaultExts {
			take = append(take, "*"+e)
		}
	} else {
		take = w.include
	}
	s := strings.Join(take, ", ")
	if len(w.exclude) > 0 {
		s += " but not " + strings.Join(w.exclude, ", ")
	}
	return s
}

// collect expands the arguments into inputs, in argument order, each folder
// walked in sorted order. Arguments that cannot be read become inputs
// carrying their error, so that they are reported in order.
func (w *walker) collect(args []string) []input {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var ins []input
	for _, a := range args {
		if a == "-" {
			ins = append(ins, input{path: "-", rel: "-", explicit: true})
			continue
		}
		info, err := os.Stat(a)
		switch {
		case err != nil:
			ins = append(ins, input{path: a, explicit: true, err: err})
		case info.IsDir():
			ins = w.walk(ins, a, "", []os.FileInfo{info})
		default:
			ins = append(ins, input{path: a, rel: filepath.Base(a), explicit: true})
		}
	}
	return ins
}

// walk appends the inputs found under dir, whose slash path under the
// argument is rel. ancestors holds the folders above, to stop symlink
// loops.
func (w *walker) walk(ins []input, dir, rel string, ancestors []os.FileInfo) []input {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return append(ins, input{path: dir, err: fmt.Errorf("reading folder: %w", unwrapPath(err))})
	}
	for _, e := range entries {
		name := e.Name()
		full := filepath.Join(dir, name)
		erel := path.Join(rel, name)
		if name == ".git" || (!w.hidden && strings.HasPrefix(name, ".")) {
			continue
		}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			if !w.follow {
				continue
			}
			info, err := os.Stat(full)
			if err != nil {
				if w.matches(name, erel) {
					ins = append(ins, input{path: full, rel: erel, err: fmt.Errorf("following symbolic link: %w", unwrapPath(err))})
				}
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			if w.excluded(name, erel) {
				continue
			}
			info, err := os.Stat(full)
			if err != nil {
				ins = append(ins, input{path: full, rel: erel, err: err})
				continue
			}
			if w.skip != nil && os.SameFile(info, w.skip) || loops(info, ancestors) {
				continue
			}
			ins = w.walk(ins, full, erel, append(ancestors, info))
		case mode.IsRegular():
			if w.matches(name, erel) {
				ins = append(ins, input{path: full, rel: erel})
			}
		}
	}
	return ins
}

// loops reports whether the folder info is one of its ancestors.
func loops(info os.FileInfo, ancestors []os.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(info, a) {
			return true
		}
	}
	return false
}

// matches reports whether a file found in a folder is taken.
func (w *walker) matches(name, rel string) bool {
	if w.excluded(name, rel) {
		return false
	}
	if len(w.include) == 0 {
		ext := strings.ToLower(path.Ext(name))
		for _, e := range defaultExts {
			if ext == e {
				return true
			}
		}
		return false
	}
	return matchAny(w.include, name, rel)
}

// excluded reports whether an entry matches an --exclude glob.
func (w *walker) excluded(name, rel string) bool {
	return matchAny(w.exclude, name, rel)
}

// matchAny reports whether any glob matches: a glob with a slash is
// matched against the slash path under the argument folder, one without
// against the base name.
func matchAny(globs []string, name, rel string) bool {
	for _, g := range globs {
		target := name
		if strings.Contains(g, "/") {
			target = rel
		}
		if ok, _ := path.Match(g, target); ok {
			return true
		}
	}
	return false
}

// assignOutputs sets each input's output file under dir, mirroring its
// relative path with the extension ext. Two inputs that would write the
// same file make the second one fail.
func assignOutputs(ins []input, dir, ext string) {
	seen := make(map[string]string, len(ins))
	for i := range ins {
		in := &ins[i]
		if in.err != nil {
			continue
		}
		rel := filepath.FromSlash(in.rel)
		out := filepath.Join(dir, strings.TrimSuffix(rel, filepath.Ext(rel))+ext)
		if prev, ok := seen[out]; ok {
			in.err = fmt.Errorf("output %s is already written for %s", out, prev)
			continue
		}
		seen[out] = in.path
		in.out = out
	}
}

// dedupe drops the inputs that name a file already listed, through a
// symbolic link or a second path, so that -w never has two workers on one
// file.
func dedupe(ins []input) []input {
	seen := make(map[string]bool, len(ins))
	out := ins[:0]
	for _, in := range ins {
		if in.err == nil && in.path != "-" {
			if real, err := filepath.EvalSymlinks(in.path); err == nil {
				if abs, err := filepath.Abs(real); err == nil {
					if seen[abs] {
						continue
					}
					seen[abs] = true
				}
			}
		}
		out = append(out, in)
	}
	return out
}
