// JSON.parse: the JSON grammar exactly (no trailing commas, single quotes, leading zeros)
print(JSON.stringify(JSON.parse('{"a":[1,2,{"b":null}],"c":true}')));
print(JSON.parse(' \t\n\r1 '), JSON.parse('-0') === 0, 1 / JSON.parse('-0'));
for (const bad of ['[1,]', "{'a':1}", '01', '1.', '.5', '+1', 'NaN', 'undefined', '{"a":1,}', '"\t"', '