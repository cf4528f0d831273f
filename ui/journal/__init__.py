"""The journal on screen: client list, client page, timeline, and the client and interaction editors."""
