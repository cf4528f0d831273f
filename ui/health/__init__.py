"""Health on screen: the client's Health tab, the owner's dashboard, charts and weights."""
