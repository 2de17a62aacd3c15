import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      // 'prompt': an update is offered ("Versi baru tersedia"), never forced mid-questionnaire.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png', 'NOTICE-data.txt'],
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,json,txt}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
      manifest: {
        name: 'Siap Cerdas — Penilaian Kesiapan Smart City',
        short_name: 'Siap Cerdas',
        description: 'Penilaian mandiri kesiapan smart city kabupaten/kota, luring.',
        lang: 'id',
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#1f4e79',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
});
