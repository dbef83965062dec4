import path from 'node:path';

/** `twilio_chat_v2` → `chat_v2`: Twilio's official files and ours name the same API alike. */
export const specIdOfName = (name: string): string => name.replace(/^twilio_/u, '');

/** A spec's id: its file name without extension and without a leading `twilio_` (the fixtures key). */
export const specIdOf = (file: string): string => specIdOfName(path.basename(file, path.extname(file)));
