print(JSON.stringify(JSON.parse('"õ€€€"')));
