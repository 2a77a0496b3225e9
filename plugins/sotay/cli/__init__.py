"""`sotay` command line: one module per command, each a thin front end over sotay.core."""
