"""Views: briefings, stories, profiles and the build log turned into escaped dicts that the templates print."""
