print(JSON.stringify(JSON.parse('"þ"')));
