print(JSON.stringify(JSON.parse('"Ã("')));
