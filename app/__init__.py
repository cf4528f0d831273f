"""The application core: services and rules of the journal, by feature, with no Qt widgets."""
