var s = `À€${1}`; print(s.length);
