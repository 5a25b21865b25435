//! A serde `Serializer` that writes a value straight into JS objects and arrays.
//!
//! Same JS values as `serde_wasm_bindgen::Serializer::json_compatible()` (plain objects for
//! structs and maps, arrays for sequences, `null` for `None`, numbers for integers and
//! floats, keys in serde order), but each scalar costs one call into JS instead of three:
//! a value is stored where it goes (`obj[key] = 1.5` with the number passed as an `f64`, a
//! string passed as UTF-8 and decoded by the setter) instead of first becoming a `JsValue`
//! of its own, and property names are JS strings made once and passed by reference, not
//! cloned per property.
//!
//! Every string of up to [`SHARE_MAX`] bytes becomes one JS string per distinct value, made
//! at its first use in the call and referenced by the later ones: the Report repeats a few
//! strings thousands of times (cue notes and kinds, stance labels, holders, target ids,
//! flags), and the JS heap holds one copy of each, not one per use (what wasm-bindgen's
//! interning cache did, without hashing every string with SipHash on its way out).

use js_sys::{Array, Object};
use rustc_hash::FxHashMap;
use serde::ser::{self, Serialize};
use std::cell::RefCell;
use std::fmt;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(extends = Object)]
    type Obj;
    #[wasm_bindgen(method, indexing_setter)]
    fn set_f64(this: &Obj, key: &JsValue, value: f64);
    #[wasm_bindgen(method, indexing_setter)]
    fn set_bool(this: &Obj, key: &JsValue, value: bool);
    #[wasm_bindgen(method, indexing_setter)]
    fn set_str(this: &Obj, key: &JsValue, value: &str);
    #[wasm_bindgen(method, indexing_setter)]
    fn set_ref(this: &Obj, key: &JsValue, value: &JsValue);

    #[wasm_bindgen(extends = Array)]
    type Arr;
    #[wasm_bindgen(method, js_name = push)]
    fn push_f64(this: &Arr, value: f64);
    #[wasm_bindgen(method, js_name = push)]
    fn push_bool(this: &Arr, value: bool);
    #[wasm_bindgen(method, js_name = push)]
    fn push_str(this: &Arr, value: &str);
    #[wasm_bindgen(method, js_name = push)]
    fn push_ref(this: &Arr, value: &JsValue);
}

/// Strings up to this many bytes are shared (longer ones: an HTML article's text, long
/// titles are seldom repeated and would only be hashed).
const SHARE_MAX: usize = 200;

/// Serialises `value` into a new JS value; equal short strings share one JS string.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, Error> {
    let ctx = Ctx {
        shared: RefCell::default(),
        top: RefCell::new(None),
    };
    value.serialize(Ser { ctx: &ctx, dest: Dest::Top })?;
    let out = ctx.top.borrow_mut().take();
    Ok(out.unwrap_or(JsValue::NULL))
}

/// Property names as JS strings, made on first use and kept (they are the `&'static str`
/// field names of the serialised types: a few dozen for the life of the module), keyed by
/// the name's address and length (two equal names at two addresses only make two equal JS
/// strings): a direct-mapped slot first, the map when the slot holds another name.
struct Keys {
    slots: [(usize, usize, u32); 64],
    index: FxHashMap<(usize, usize), u32>,
    values: Vec<JsValue>,
}

thread_local! {
    static KEYS: RefCell<Keys> =
        RefCell::new(Keys { slots: [(0, 0, 0); 64], index: FxHashMap::default(), values: Vec::new() });
}

fn key_of(name: &'static str) -> Key {
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        let addr = (name.as_ptr() as usize, name.len());
        let slot = (addr.0 ^ (addr.0 >> 6) ^ addr.1) % 64;
        let (p, n, i) = keys.slots[slot];
        if (p, n) == addr {
            return Key::Static(i);
        }
        let i = match keys.index.get(&addr) {
            Some(&i) => i,
            None => {
                let i = keys.values.len() as u32;
                keys.values.push(JsValue::from_str(name));
                keys.index.insert(addr, i);
                i
            }
        };
        keys.slots[slot] = (addr.0, addr.1, i);
        Key::Static(i)
    })
}

/// The JS strings made in this call (dropped with it: nothing grows from call to call).
struct Ctx {
    shared: RefCell<FxHashMap<Box<str>, JsValue>>,
    top: RefCell<Option<JsValue>>,
}

/// A property name: a field's (in `Keys`) or a map key's own JS string.
enum Key {
    Static(u32),
    Owned(JsValue),
}

/// Where a value goes.
#[derive(Clone, Copy)]
enum Dest<'a> {
    Top,
    Field(&'a Obj, &'a Key),
    Push(&'a Arr),
}

#[derive(Clone, Copy)]
struct Ser<'a> {
    ctx: &'a Ctx,
    dest: Dest<'a>,
}

impl Ser<'_> {
    fn with_key<R>(&self, key: &Key, f: impl FnOnce(&JsValue) -> R) -> R {
        match key {
            Key::Static(i) => KEYS.with(|keys| f(&keys.borrow().values[*i as usize])),
            Key::Owned(k) => f(k),
        }
    }

    fn num(self, v: f64) -> Result<(), Error> {
        match self.dest {
            Dest::Top => *self.ctx.top.borrow_mut() = Some(JsValue::from_f64(v)),
            Dest::Field(o, k) => self.with_key(k, |k| o.set_f64(k, v)),
            Dest::Push(a) => a.push_f64(v),
        }
        Ok(())
    }

    fn value(self, v: &JsValue) -> Result<(), Error> {
        match self.dest {
            Dest::Top => *self.ctx.top.borrow_mut() = Some(v.clone()),
            Dest::Field(o, k) => self.with_key(k, |k| o.set_ref(k, v)),
            Dest::Push(a) => a.push_ref(v),
        }
        Ok(())
    }
}

/// A serialisation error (a map key that is not a string, an integer beyond 2^53).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

const MAX_SAFE_INTEGER: u64 = (1 << 53) - 1;

impl<'a> ser::Serializer for Ser<'a> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = SeqSer<'a>;
    type SerializeTuple = SeqSer<'a>;
    type SerializeTupleStruct = SeqSer<'a>;
    type SerializeTupleVariant = ser::Impossible<(), Error>;
    type SerializeMap = MapSer<'a>;
    type SerializeStruct = MapSer<'a>;
    type SerializeStructVariant = ser::Impossible<(), Error>;

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        match self.dest {
            Dest::Top => *self.ctx.top.borrow_mut() = Some(JsValue::from_bool(v)),
            Dest::Field(o, k) => self.with_key(k, |k| o.set_bool(k, v)),
            Dest::Push(a) => a.push_bool(v),
        }
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), Error> {
        self.num(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), Error> {
        self.num(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), Error> {
        self.num(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), Error> {
        if v.unsigned_abs() > MAX_SAFE_INTEGER {
            return Err(Error(format!("{v} can't be represented as a JavaScript number")));
        }
        self.num(v as f64)
    }
    fn serialize_u8(self, v: u8) -> Result<(), Error> {
        self.num(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), Error> {
        self.num(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), Error> {
        self.num(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), Error> {
        if v > MAX_SAFE_INTEGER {
            return Err(Error(format!("{v} can't be represented as a JavaScript number")));
        }
        self.num(v as f64)
    }
    fn serialize_f32(self, v: f32) -> Result<(), Error> {
        self.num(v.into())
    }
    fn serialize_f64(self, v: f64) -> Result<(), Error> {
        self.num(v)
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        if v.len() <= SHARE_MAX {
            let mut shared = self.ctx.shared.borrow_mut();
            if let Some(js) = shared.get(v) {
                return self.value(js);
            }
            let js = JsValue::from_str(v);
            self.value(&js)?;
            shared.insert(v.into(), js);
            return Ok(());
        }
        match self.dest {
            Dest::Top => *self.ctx.top.borrow_mut() = Some(JsValue::from_str(v)),
            Dest::Field(o, k) => self.with_key(k, |k| o.set_str(k, v)),
            Dest::Push(a) => a.push_str(v),
        }
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Error> {
        use ser::SerializeSeq;
        let mut seq = self.serialize_seq(Some(v.len()))?;
        for b in v {
            seq.serialize_element(b)?;
        }
        seq.end()
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.value(&JsValue::NULL)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.value(&JsValue::NULL)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<(), Error> {
        self.value(&JsValue::NULL)
    }
    fn serialize_unit_variant(self, _name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _name: &'static str, value: &T) -> Result<(), Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        use ser::SerializeMap;
        let mut map = self.serialize_map(Some(1))?;
        map.serialize_entry(variant, value)?;
        map.end()
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<SeqSer<'a>, Error> {
        Ok(SeqSer { to: self, arr: Array::new().unchecked_into() })
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqSer<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<SeqSer<'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(Error("tuple variants are not supported".into()))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<MapSer<'a>, Error> {
        Ok(MapSer { to: self, obj: Object::new().unchecked_into(), key: None })
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<MapSer<'a>, Error> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(Error("struct variants are not supported".into()))
    }
}

/// An array being filled; pushed or stored where it goes at `end`.
pub struct SeqSer<'a> {
    to: Ser<'a>,
    arr: Arr,
}

impl SeqSer<'_> {
    fn element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(Ser { ctx: self.to.ctx, dest: Dest::Push(&self.arr) })
    }
}

impl ser::SerializeSeq for SeqSer<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.to.value(&self.arr)
    }
}

impl ser::SerializeTuple for SeqSer<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.to.value(&self.arr)
    }
}

impl ser::SerializeTupleStruct for SeqSer<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        self.element(value)
    }
    fn end(self) -> Result<(), Error> {
        self.to.value(&self.arr)
    }
}

/// An object being filled (a struct or a map with string keys).
pub struct MapSer<'a> {
    to: Ser<'a>,
    obj: Obj,
    key: Option<Key>,
}

impl ser::SerializeStruct for MapSer<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        let key = key_of(key);
        value.serialize(Ser { ctx: self.to.ctx, dest: Dest::Field(&self.obj, &key) })
    }
    fn end(self) -> Result<(), Error> {
        self.to.value(&self.obj)
    }
}

impl ser::SerializeMap for MapSer<'_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        self.key = Some(Key::Owned(key.serialize(KeySer)?));
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        let key = self.key.take().ok_or_else(|| Error("map value without a key".into()))?;
        value.serialize(Ser { ctx: self.to.ctx, dest: Dest::Field(&self.obj, &key) })
    }
    fn end(self) -> Result<(), Error> {
        self.to.value(&self.obj)
    }
}

/// Map keys: strings only (the Report's maps are keyed by article id).
struct KeySer;

impl ser::Serializer for KeySer {
    type Ok = JsValue;
    type Error = Error;
    type SerializeSeq = ser::Impossible<JsValue, Error>;
    type SerializeTuple = ser::Impossible<JsValue, Error>;
    type SerializeTupleStruct = ser::Impossible<JsValue, Error>;
    type SerializeTupleVariant = ser::Impossible<JsValue, Error>;
    type SerializeMap = ser::Impossible<JsValue, Error>;
    type SerializeStruct = ser::Impossible<JsValue, Error>;
    type SerializeStructVariant = ser::Impossible<JsValue, Error>;

    fn serialize_str(self, v: &str) -> Result<JsValue, Error> {
        Ok(JsValue::from_str(v))
    }
    fn serialize_bool(self, _: bool) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_i8(self, _: i8) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_i16(self, _: i16) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_i32(self, _: i32) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_i64(self, _: i64) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_u8(self, _: u8) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_u16(self, _: u16) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_u32(self, _: u32) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_u64(self, _: u64) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_f32(self, _: f32) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_f64(self, _: f64) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_char(self, v: char) -> Result<JsValue, Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_none(self) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_unit(self) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> Result<JsValue, Error> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, value: &T) -> Result<JsValue, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<JsValue, Error> {
        Err(not_a_key())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        Err(not_a_key())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> {
        Err(not_a_key())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeStruct, Error> {
        Err(not_a_key())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        Err(not_a_key())
    }
}

fn not_a_key() -> Error {
    Error("map keys must be strings".into())
}
