package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// rewrite replaces the file at name with data, atomically, keeping its
// permissions. A symbolic link is followed, so the file it points to is
// rewritten and the link stays.
func rewrite(name string, data []byte) error {
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
	if _, err = f.Write(data); err != nil {
		return err
	}
	if err = f.Chmod(perm); err != nil {
		return err
	}
	if durable {
		if err = f.Sync(); err != nil {
			return err
		}
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp, name); err != nil {
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
