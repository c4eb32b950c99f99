"""Built-in quotecheck plugins: reporters and checks registered through the public hooks."""
