package main

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommit runs the hooks of .pre-commit-hooks.yaml with the real
// pre-commit tool in a scratch git repository: a dirty dump fails the check
// hook, the fix hook cleans it, and then the check passes and a commit goes
// through. pre-commit builds declutter with `go install ./...` from a
// snapshot of this module; the test points it at the module cache already
// filled for this test binary, so nothing is downloaded.
func TestPreCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	for _, tool := range []string{"pre-commit", "git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not on PATH", tool)
		}
	}
	tmp := t.TempDir()
	env := append(os.Environ(),
		"PRE_COMMIT_HOME="+filepath.Join(tmp, "cache"),
		"GOMODCACHE="+strings.TrimSpace(output(t, "", nil, "go", "env", "GOMODCACHE")),
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_CEILING_DIRECTORIES="+tmp, // git never looks above the scratch folder
	)

	// The hook repository: this module as it is on disk, committed.
	hooks := filepath.Join(tmp, "hooks")
	copyModule(t, "../..", hooks)
	if _, err := os.Lstat(filepath.Join(hooks, ".git")); err == nil {
		t.Fatal("the copy of the module holds a .git")
	}
	output(t, hooks, env, "git", "init", "-q")
	output(t, hooks, env, "git", "add", "-A")
	output(t, hooks, env, "git", "commit", "-qm", "hooks")
	rev := strings.TrimSpace(output(t, hooks, env, "git", "rev-parse", "HEAD"))

	// The project using the hooks.
	work := filepath.Join(tmp, "work")
	if err := os.MkdirAll(filepath.Join(work, "dumps"), 0o755); err != nil {
		t.Fatal(err)
	}
	config := "repos:\n- repo: " + hooks + "\n  rev: " + rev + "\n  hooks:\n  - id: declutter-check\n  - id: declutter\n"
	dirty := "Night   trains return\n\n\n" + article + "   \n"
	_, want, _ := runCmd(dirty)
	page := "<!DOCTYPE html><html><body><p>" + article + "</p></body></html>\n"
	writeFiles(t, work, map[string]string{
		".pre-commit-config.yaml": config,
		"dumps/dirty.txt":         dirty,
		"dumps/clean.txt":         want,
		"dumps/page.html":         page,
	})
	output(t, work, env, "git", "init", "-q")
	output(t, work, env, "git", "add", "-A")

	// The check fails and names the dirty dump only.
	out, err := outputErr(work, env, "pre-commit", "run", "declutter-check", "--all-files")
	if err == nil || !strings.Contains(out, "dumps/dirty.txt") || strings.Contains(out, "dumps/clean.txt") {
		t.Fatalf("check hook on a dirty dump: err %v, output:\n%s", err, out)
	}
	t.Logf("check hook on a dirty dump:\n%s", out)
	// The fix hook rewrites it (and so fails, as files changed).
	out, err = outputErr(work, env, "pre-commit", "run", "declutter", "--all-files")
	if err == nil || !strings.Contains(out, "files were modified by this hook") {
		t.Fatalf("fix hook: err %v, output:\n%s", err, out)
	}
	if got, _ := os.ReadFile(filepath.Join(work, "dumps", "dirty.txt")); string(got) != want {
		t.Fatalf("fix hook wrote:\n%s\nwant:\n%s", got, want)
	}
	if got, _ := os.ReadFile(filepath.Join(work, "dumps", "page.html")); string(got) != page {
		t.Fatalf("fix hook changed the HTML page")
	}
	// Now both hooks pass, and a commit goes through the installed hook.
	if out, err := outputErr(work, env, "pre-commit", "run", "--all-files"); err != nil {
		t.Fatalf("hooks after the fix: %v\n%s", err, out)
	}
	output(t, work, env, "pre-commit", "install")
	output(t, work, env, "git", "add", "-A")
	output(t, work, env, "git", "commit", "-qm", "clean dumps")
	// A new dirty dump is refused by the commit hook.
	writeFiles(t, work, map[string]string{"dumps/new.txt": dirty})
	output(t, work, env, "git", "add", "-A")
	if out, err := outputErr(work, env, "git", "commit", "-qm", "dirty"); err == nil {
		t.Fatalf("commit of a dirty dump went through:\n%s", out)
	}
}

// output runs a command in dir and returns its combined output, failing
// the test if it fails.
func output(t *testing.T, dir string, env []string, name string, args ...string) string {
	t.Helper()
	out, err := outputErr(dir, env, name, args...)
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
	}
	return out
}

// outputErr runs a command in dir and returns its combined output.
func outputErr(dir string, env []string, name string, args ...string) (string, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = dir, env
	var b bytes.Buffer
	cmd.Stdout, cmd.Stderr = &b, &b
	err := cmd.Run()
	return b.String(), err
}

// copyModule copies the module's sources from src to dst: everything but
// .git, hidden folders, testdata folders, test files and large files such as a
// built binary.
func copyModule(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		name := d.Name()
		if name == ".git" {
			// A folder, or in a git worktree a file pointing at the real
			// repository: never copied, or git would work on that one.
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if rel != "." && (strings.HasPrefix(name, ".") || name == "testdata") {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if !d.Type().IsRegular() || strings.HasSuffix(name, "_test.go") {
			return nil
		}
		if info, err := d.Info(); err != nil {
			return err
		} else if info.Size() > 4<<20 {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
