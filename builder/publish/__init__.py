"""Publishing: docs/ → site/ with the real MkDocs build: none, incremental or full, swapped in atomically.

`site.build_site` decides and reports (`SiteReport`); `state` records what a site was built from;
`incremental` is the MkDocs plugin that makes a dirty build equal a full one; `staging` holds the staging
folders and cleans up after killed builds; `notes` lists hand-written pages in the navigation.
"""
