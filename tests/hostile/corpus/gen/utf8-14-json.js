print(JSON.stringify(JSON.parse('"â‚"')));
