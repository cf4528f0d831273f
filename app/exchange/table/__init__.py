"""Journal tables (CSV, XLSX): import with column mapping and row checks, and export."""
