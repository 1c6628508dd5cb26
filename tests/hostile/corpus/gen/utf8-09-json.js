print(JSON.stringify(JSON.parse('"ô€€"')));
