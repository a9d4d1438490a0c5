import { createStore } from 'zustand';
import type { Input } from '../../../electron/contract/channels';
import type { Room } from '../../../electron/contract/schemas/meetings';
import type { AppError } from '../../../electron/contract/result';
import type { Client } from '../client/client';
import { toAppError } from '../lib/app-error';

export type RoomSaveInput = Input<'rooms.save'>;

export interface RoomsState {
  rooms: Room[];
  loading: boolean;
  loaded: boolean;
  error: AppError | null;
  load(): Promise<void>;
  /** Throws the ClientError; the form shows its message and field issues. */
  save(input: RoomSaveInput): Promise<Room>;
  watch(): () => void;
}

const ROOM_WRITES = /^rooms\.|^demo\.load$/;

/** Meeting rooms (会议室): the settings list and the meeting form's picker. */
export function createRoomsStore(client: Client) {
  let latest = 0;
  return createStore<RoomsState>()((set, get) => ({
    rooms: [],
    loading: false,
    loaded: false,
    error: null,

    async load() {
      const request = ++latest;
      set({ loading: true });
      try {
        const rooms = await client.call('rooms.list');
        if (request === latest) set({ rooms, loading: false, loaded: true, error: null });
      } catch (error) {
        if (request === latest) set({ loading: false, error: toAppError(error) });
      }
    },

    async save(input) {
      const room = await client.call('rooms.save', input);
      await get().load();
      return room;
    },

    watch() {
      return client.on('data.changed', ({ channel }) => {
        if (ROOM_WRITES.test(channel)) void get().load();
      });
    },
  }));
}

export type RoomsStore = ReturnType<typeof createRoomsStore>;
