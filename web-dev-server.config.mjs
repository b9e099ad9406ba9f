// `npm start` serves the repository so the demo can load dist/bone-marrow-guide.js.
const port = Number(process.env.PORT ?? 8000);

export default {
  rootDir: '.',
  port,
  plugins: [
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(
          `\nDemo: http://localhost:${port}/demo/   (examples: http://localhost:${port}/demo/examples.html, translations: http://localhost:${port}/demo/translations.html)\n`,
        );
      },
    },
  ],
};
