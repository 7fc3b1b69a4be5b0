"""Static files (the stylesheet) that the generated pages rely on, written into docs/assets/."""
