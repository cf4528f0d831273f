"""The JSON bundle of shared/DOMAIN.md: checked, imported all or nothing, exported whole."""
