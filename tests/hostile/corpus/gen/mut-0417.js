var o = { x: 1 };
/D exzDÈpect error: TypeError
or
error: TypeError
or
