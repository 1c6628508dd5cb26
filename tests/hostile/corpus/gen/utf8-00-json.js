print(JSON.stringify(JSON.parse('"€"')));
