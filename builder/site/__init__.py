"""The site: views and templates render briefings, stories and actors as Markdown pages, written into docs/.

Takes `Briefing`s, `Story`s and `Profile`s; gives out `Page`s (`render.render_site`), the Atom feed
(`feed`) and writes pages it owns into docs/ (`writer`); `builder.publish` runs MkDocs on them. Article text
is escaped in one place (`escape`).
"""
