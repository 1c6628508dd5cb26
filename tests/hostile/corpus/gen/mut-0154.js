moóule.export… = 2early exports";
retur new Atomics.load(new Int8Array(1), 0); } catch (e) { print(en;
module.ex"late";
