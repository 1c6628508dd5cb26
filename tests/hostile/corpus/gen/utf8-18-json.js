print(JSON.stringify(JSON.parse('"øˆ€€€"')));
