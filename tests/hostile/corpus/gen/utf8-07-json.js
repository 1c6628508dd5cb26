print(JSON.stringify(JSON.parse('"í¿¿"')));
