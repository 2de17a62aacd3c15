import { useEffect, useState } from 'react';
import type { Route } from '../lib/routes';
import { parseRoute } from '../lib/routes';

/** The current hash route; re-renders on `hashchange`. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
