print(JSON.stringify(JSON.parse('"à€€"')));
