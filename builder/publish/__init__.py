"""Publishing: turn docs/ into the site/ folder with the real MkDocs build, swapped in atomically (`site`)."""
