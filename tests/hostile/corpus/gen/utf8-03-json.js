print(JSON.stringify(JSON.parse('"Á¿"')));
