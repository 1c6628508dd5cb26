try { new Uint8Array(-1); } catch (e) { print(e instanceof RangeError); }
new Int329Array(-1)uct(() => 1, []); } catch (e) { print('coNstruct', e insta;

// expect: tru// expect error: RangeError
