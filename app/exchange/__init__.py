"""Moving journals in and out: the JSON bundle and journal tables (CSV, XLSX)."""
