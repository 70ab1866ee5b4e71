package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Where writeAtomic writes, syncs and renames; tests replace them to make
// a disk fill up or a rename fail.
var (
	writeTemp  = func(f *os.File, data []byte) (int, error) { return f.Write(data) }
	syncTemp   = (*os.File).Sync
	renameTemp = os.Rename
)

// errChanged is the error for a file that changed while it was being
// cleaned: -w leaves it alone rather than lose the change.
var errChanged = errors.New("changed while it was being cleaned; left alone")

// rewrite replaces the file at name with data, atomically, keeping its
// permissions. A symbolic link is followed, so the file it points to is
// rewritten and the link stays. orig is what was read from name: when the
// file no longer holds it, something else wrote to it meanwhile, and it is
// left alone.
func rewrite(name string, data, orig []byte) error {
	target, err := filepath.EvalSymlinks(name)
	if err != nil {
		return unwrapPath(err)
	}
	info, err := os.Stat(target)
	if err != nil {
		return unwrapPath(err)
	}
	if !info.Mode().IsRegular() {
		return fmt.Errorf("not a regular file; not rewritten")
	}
	if now, err := os.ReadFile(target); err != nil {
		return unwrapPath(err)
	} else if !bytes.Equal(now, orig) {
		return errChanged
	}
	keep := info.Mode() & (fs.ModePerm | fs.ModeSetuid | fs.ModeSetgid | fs.ModeSticky)
	return writeAtomic(target, data, keep, true)
}

// writeAtomic writes data to name so that readers see either the old file
// or the whole new one: it writes a temporary file in the same folder,
// gives it mode perm and renames it over name. With durable set it also
// syncs the file before the rename and the folder after it, so that a
// crash cannot leave an empty file where the old one was; -w needs that,
// while -o output can simply be made again. On failure the temporary file
// is removed and name is left as it was.
func writeAtomic(name string, data []byte, perm fs.FileMode, durable bool) (err error) {
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".declutter-*")
	if err != nil {
		return fmt.Errorf("writing: %w", unwrapPath(err))
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(tmp)
			err = fmt.Errorf("writing: %w", unwrapPath(err))
		}
	}()
	if _, err = writeTemp(f, data); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if durable {
		if err = syncTemp(f); err != nil {
			return err
		}
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = renameTemp(tmp, name); err != nil {
		return err
	}
	if durable {
		syncDir(dir)
	}
	return nil
}

// syncDir flushes a folder's entries to disk, so that a rename survives a
// crash. Where folders cannot be synced, it does nothing.
func syncDir(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync() // best effort: not every system can sync a folder
	d.Close()
}
