print(JSON.stringify(JSON.parse('"À€"')));
