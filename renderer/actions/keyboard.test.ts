import { describe, expect, it } from 'vitest';
import { actionForChord, chordOf } from './keyboard';

const key = (k: Partial<KeyboardEvent> & { key: string }) => ({ code: '', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...k });

describe('shortcuts', () => {
  it('maps the documented chords to their actions (Ctrl on Linux/Windows, Cmd on macOS)', () => {
    const cases: [ReturnType<typeof key>, boolean, string][] = [
      [key({ key: 'z', ctrlKey: true }), false, 'edit.undo'],
      [key({ key: 'Z', ctrlKey: true, shiftKey: true }), false, 'edit.redo'],
      [key({ key: 'y', ctrlKey: true }), false, 'edit.redo'],
      [key({ key: 'z', metaKey: true }), true, 'edit.undo'],
      [key({ key: 'c', ctrlKey: true }), false, 'edit.copy'],
      [key({ key: 'x', ctrlKey: true }), false, 'edit.cut'],
      [key({ key: 'v', ctrlKey: true }), false, 'edit.paste'],
      [key({ key: 'Delete' }), false, 'edit.delete'],
      [key({ key: 'Backspace' }), false, 'edit.delete'],
      [key({ key: 'a', ctrlKey: true }), false, 'edit.selectAll'],
      [key({ key: 's', ctrlKey: true }), false, 'file.save'],
      [key({ key: 'S', ctrlKey: true, shiftKey: true }), false, 'file.saveAs'],
      [key({ key: 'o', ctrlKey: true }), false, 'file.open'],
      [key({ key: 'n', ctrlKey: true }), false, 'file.new'],
      [key({ key: '!', code: 'Digit1', shiftKey: true }), false, 'view.zoomToFit'],
      [key({ key: 'f' }), false, 'view.zoomToFit'],
      [key({ key: 'm' }), false, 'view.toggleMinimap'],
    ];
    for (const [event, mac, id] of cases) expect(actionForChord(chordOf(event, mac))?.id, JSON.stringify(event)).toBe(id);
  });

  it('does not fire Ctrl chords on a Mac (there Cmd is the modifier) nor plain letters with a modifier', () => {
    expect(actionForChord(chordOf(key({ key: 'z', ctrlKey: true }), true))).toBeUndefined();
    expect(actionForChord(chordOf(key({ key: 'm', ctrlKey: true }), false))).toBeUndefined();
  });
});
