// The /events WebSocket: main pushes `{ channel, payload }` to every connected page.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { EventMessage } from '../../src/ipc/web';

/** A broadcaster of events to connected pages. */
export interface EventHub {
  /** Completes a WebSocket upgrade that already passed the Host, Origin and token checks. */
  accept(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  broadcast(message: EventMessage): void;
  close(): void;
}

/** Creates the event hub (no server of its own: upgrades come from the HTTP server). */
export function createEventHub(): EventHub {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const clients = new Set<WebSocket>();
  wss.on('connection', (ws) => {
    clients.add(ws);
    ws.on('close', () => clients.delete(ws));
    // Pages never send anything on this socket; anything received is ignored.
    ws.on('message', () => undefined);
  });
  return {
    accept: (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
    broadcast: (message) => {
      const data = JSON.stringify(message);
      for (const ws of clients) if (ws.readyState === ws.OPEN) ws.send(data);
    },
    close: () => {
      for (const ws of clients) ws.terminate();
      wss.close();
    },
  };
}
