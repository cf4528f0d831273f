"""`rapport demo`: a realistic sample firm, told as stories and written in bulk."""
