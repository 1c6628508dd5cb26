try { Object.prototype.toString=function(){return this+''}; ({})+''; } catch (e) { print(e instanceof RangeError || e instanceof Error); }
print('after');
