/** TRTC takes numeric room ids from 1 to 4294967295; anything else travels as a string room id. */
export function roomParams(roomId: string): { roomID: number } | { strRoomID: string } {
  const numeric = /^[1-9]\d{0,9}$/.test(roomId) ? Number(roomId) : NaN;
  return numeric >= 1 && numeric <= 4294967295 ? { roomID: numeric } : { strRoomID: roomId };
}
