"""The browser editor (Decap CMS) that `sotay edit` runs: its npm packages (install.py), the editor page and
decap-server (server.py), and our JavaScript in editor/, over the configuration core/editor generates."""
