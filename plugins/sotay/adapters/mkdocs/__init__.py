"""The only code that imports MkDocs: thin plugins over sotay.core."""
