"""`sotay-offline`: a site that works without a connection and loads nothing from another host."""
