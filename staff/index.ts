/**
 * The staff kit (docs/staff-kit.md): the staff side of the lesson protocol, for any teacher
 * client to embed. Built as one file a page loads (`StaffKit` global) and as a module.
 */
export { StaffKit } from './application/StaffKit';
export type { StaffClass, StaffEvents, StaffKitOptions } from './application/StaffKit';
export { staffClassOf } from './application/StaffKitOptions';
export type { Devices, Question } from './application/StaffCommands';
export { StaffError } from './application/StaffError';
export type { StaffErrorCode } from './application/StaffError';
export type { Sending, SendingStatus } from './application/Sender';
export type { CheckIns, Tally } from './application/ReplyWatch';
export type { ChatLine, InvitationAnswer, StaffClock, StaffMessaging, StaffServer, Stored } from './application/ports';
export { FetchStaffServer } from './infrastructure/FetchStaffServer';
export type { FetchLike, FetchStaffServerOptions } from './infrastructure/FetchStaffServer';
export { TimStaffMessaging } from './infrastructure/TimStaffMessaging';
export type { WebChatConstants, WebChatInstance, WebChatMessage } from './infrastructure/TimStaffMessaging';
