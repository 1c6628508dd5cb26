JSON.parse('{"a":'.repeat(1e6)+'1'+'}'.repeat(1e6));
